import type { ZodTypeAny } from "zod";

type Middleware = (req: { body: unknown }, res: unknown, next: (error?: unknown) => void) => Promise<void>;

// A project's validation middleware: parses the body with the route's schema and writes it back.
export const validate = ({ body }: { body?: ZodTypeAny } = {}): Middleware => async (req, _res, next) => {
  try {
    if (body) req.body = await body.parseAsync(req.body);
    next();
  } catch (error) {
    next(error);
  }
};
