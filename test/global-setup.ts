// Pin a non-UTC zone so any code that leans on local time shows up in tests (STYLE.md rule 7).
export default function setup(): void {
  process.env.TZ = 'America/Los_Angeles';
  process.env.DOTENV_CONFIG_QUIET = 'true';
}
