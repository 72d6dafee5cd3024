/**
 * The only host APIs the core may use: web standards that browsers, Web Workers and Node (20 and
 * later) all provide as globals, with the same behaviour. tsconfig.core.json gives the core no DOM
 * library and no Node types, so that `document`, `localStorage` or `process` cannot even
 * type-check there; these two are declared instead, with just the members the core calls. The
 * project's tsconfig.json excludes this file: there the DOM library declares them in full.
 *
 * - TextDecoder (WHATWG Encoding Standard): bytes to text, in intake and when reading a file.
 * - URL (WHATWG URL Standard): the check that a source's address is an http or https link.
 */

interface TextDecoderOptions {
  readonly fatal?: boolean;
  readonly ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare const TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

interface URL {
  readonly href: string;
  readonly protocol: string;
}

declare const URL: {
  prototype: URL;
  new (url: string, base?: string): URL;
};
