-- Drives Neovim's built-in LSP client (0.7 API): attach the llmsec server to a file, wait for its
-- diagnostics, apply the preferred quick fix, save, and wait for the diagnostics to clear.
-- Results are written as "key<TAB>value" lines to $LLMSEC_RESULT.
local server = os.getenv("LLMSEC_SERVER")
local root = os.getenv("LLMSEC_ROOT")
local file = os.getenv("LLMSEC_FILE")
local out = assert(io.open(os.getenv("LLMSEC_RESULT"), "w"))
local function report(key, value) out:write(key .. "\t" .. tostring(value) .. "\n"); out:flush() end

vim.cmd("edit " .. file)
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "llmsec", cmd = { "node", server, "--stdio" }, root_dir = root })
report("client", client_id ~= nil)
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
report("diagnostics", got and #vim.diagnostic.get(bufnr) or 0)
local d = vim.diagnostic.get(bufnr)[1]
if d then
  local lsp = d.user_data and d.user_data.lsp or {}
  report("code", lsp.code)
  report("source", d.source)
  report("line", d.lnum + 1)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = { lsp }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      report("action", action.title)
      if action.isPreferred and action.edit then vim.lsp.util.apply_workspace_edit(action.edit, "utf-16") end
    end
  end
  vim.cmd("write")
  local cleared = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 0 end, 100)
  report("cleared", cleared)
end
out:close()
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
