/** Where the bot's config lives in a repository (and, by inheritance, in the org's .github). */
export const CONFIG_PATH = ".github/security-policy-bot.yml";
