// saxen ships no type declarations: the part of its API the .xlsx reader uses.
declare module "saxen" {
  type DecodeEntities = (text: string) => string;
  /** Decodes XML entities (attribute values are given undecoded). */
  export const decode: DecodeEntities;
  export class Parser {
    on(
      event: "openTag",
      handler: (
        name: string,
        attributes: () => Record<string, string>,
        decode: DecodeEntities,
        selfClosing: boolean,
      ) => void,
    ): void;
    on(
      event: "closeTag",
      handler: (name: string, decode: DecodeEntities, selfClosing: boolean) => void,
    ): void;
    on(event: "text", handler: (text: string, decode: DecodeEntities) => void): void;
    on(event: "error", handler: (error: Error) => void): void;
    parse(xml: string): void;
  }
}
