// command-names.ts: the names the CLI's help lists, kept apart from the commands themselves so that
// warden.ts can list them without loading each command's code.
export const CONTROL_COMMANDS = ['nodes', 'health', 'agents', 'actors', 'ruleset'] as const;
export const RENDER_FORMATS = ['systemd', 'kubernetes'] as const;
