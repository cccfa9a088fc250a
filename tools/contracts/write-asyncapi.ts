// Writes libs/contracts/asyncapi.json from the event catalogue: npm run asyncapi
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncApiDocument } from '@loket/contracts';

writeFileSync(join(__dirname, '../../libs/contracts/asyncapi.json'), JSON.stringify(asyncApiDocument(), null, 2) + '\n');
