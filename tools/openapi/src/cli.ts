// `npm run openapi`: writes docs/openapi.json from the contract (a test fails when it drifts).
import { writeFile } from 'node:fs/promises';
import { OPENAPI_FILE, openApiText } from './openapi-file';

writeFile(OPENAPI_FILE, openApiText())
  .then(() => console.log(`wrote ${OPENAPI_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
