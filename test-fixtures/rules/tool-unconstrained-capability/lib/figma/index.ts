export { getFileTool } from "./get-file-tool";
