// The agents the app can run.
export { checkReturn } from "./returns";
