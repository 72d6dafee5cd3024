import { Component, type ReactNode } from 'react';
import { CrashNotice } from './CrashNotice';

interface ErrorBoundaryState {
  readonly failed: boolean;
}

/** Catches an error thrown while drawing, logs it for whoever debugs, and shows a notice instead of nothing. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}
