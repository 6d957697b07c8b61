#!/usr/bin/env node
"use strict";
// The language server for any LSP editor: `llmsec-language-server --stdio`.
require("../dist/server.js");
