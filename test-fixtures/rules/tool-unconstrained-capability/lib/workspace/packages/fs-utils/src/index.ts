// A workspace package that re-exports fs-extra's writer under its own name.
import fs from "fs-extra";

export const writeFile = fs.writeFile;
export const pathExists = fs.pathExists;
