// Unit tests run handlers in-process: name the service and keep Powertools' JSON logs off the
// test output (the stack tests read the real logs in tmp/test-stack-logs instead).
process.env.POWERTOOLS_SERVICE_NAME ??= 'unit-test';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
