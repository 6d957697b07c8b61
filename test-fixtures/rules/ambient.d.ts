// Lets fixtures type-check without their SDKs installed: every module is `any`.
declare module "*";
declare namespace JSX {
  interface IntrinsicElements {
    [name: string]: any;
  }
  type Element = any;
}
