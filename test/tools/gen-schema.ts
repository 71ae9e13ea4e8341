// Writes public/managed_schema.json from the one schema in utils/policy/schema.ts.
import { writeFileSync } from 'node:fs';
import { managedSchemaJson } from '../../utils/policy/schema';

writeFileSync(new URL('../../public/managed_schema.json', import.meta.url), managedSchemaJson());
console.log('wrote public/managed_schema.json');
