/**
 * The node kinds of Vue's template AST (`@vue/compiler-core`'s `NodeTypes` and `ElementTypes`),
 * as constants: importing the enums would load the compiler for every run.
 */
export const NodeTypes = { ELEMENT: 1, TEXT: 2, COMMENT: 3, SIMPLE_EXPRESSION: 4, INTERPOLATION: 5, ATTRIBUTE: 6, DIRECTIVE: 7 } as const;
export const ElementTypes = { ELEMENT: 0, COMPONENT: 1, SLOT: 2, TEMPLATE: 3 } as const;
