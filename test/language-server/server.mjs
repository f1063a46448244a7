// A remark language server, made here from unified-language-server as its readme describes
// (remark-language-server is not published to the registry): the server VS Code's remark
// extension runs, speaking LSP on stdio. test/language-server.test.ts starts it.
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
});
