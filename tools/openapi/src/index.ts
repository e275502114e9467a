export { jsonSchemaOf, type JsonSchema } from './json-schema';
export { openApiDocument } from './openapi-document';
export { OPENAPI_FILE, openApiText } from './openapi-file';
