/**
 * The composition root: hands llmsec's rules and catalogue to the engine. Hosts (the CLI, the
 * language server, scripts and tests) import this first; the engine itself never imports rules.
 */
import { allRules } from "../rules";
import { catalogue } from "../rules/catalogue";
import { installRuleset } from "./engine/registry";

installRuleset({ rules: allRules, catalogue });
