// A helper that wraps a function in error handling: calling the result calls the callback.
export function withErrorHandling<T extends unknown[], R>(fn: (...args: T) => R, context: string): (...args: T) => R {
  return (...args: T): R => {
    try {
      return fn(...args);
    } catch (error) {
      throw new Error(`${context}: ${String(error)}`);
    }
  };
}
