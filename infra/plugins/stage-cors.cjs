// Serverless plugin: every `cors: true` of an http event answers preflights for the stage's
// dashboard origin only (custom.cors), so a function.yml never states an origin of its own and a
// new function cannot open the API to `*`. Runs at package time; serverless-offline keeps its own
// local CORS handling.
class StageCors {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = { 'before:package:compileEvents': () => this.applyStageCors() };
  }

  applyStageCors() {
    const { cors } = this.serverless.service.custom;
    for (const fn of Object.values(this.serverless.service.functions)) {
      for (const event of fn.events ?? []) {
        if (event.http && event.http.cors === true) event.http.cors = { ...cors };
      }
    }
  }
}

module.exports = StageCors;
