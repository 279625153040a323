// Tests never read the developer's environment or .env: every ambient input is a parameter.
process.env.LOG_LEVEL = (process.env.TEST_LOG_LEVEL ?? "silent") as NodeJS.ProcessEnv["LOG_LEVEL"];
