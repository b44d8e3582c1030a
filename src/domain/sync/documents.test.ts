import { describe, expect, it } from 'vitest';
import { makeProject } from '../../test/factories';
import { projectSchema } from '../schema';
import { readDoc, SYNC_SCHEMA_VERSION, toDoc } from './documents';

const project = makeProject({ id: 'p-doc', acronym: 'DOC' });
const doc = toDoc({ type: 'project', key: project.id, record: project });

describe('readDoc', () => {
  it('reads a valid document back as the record it carries, unchanged', () => {
    const read = readDoc(JSON.parse(JSON.stringify(doc)));
    expect(read).toEqual({ kind: 'record', shared: { type: 'project', key: 'p-doc', record: projectSchema.parse(project) } });
  });

  it('names the first field a record fails on, under data', () => {
    const read = readDoc({ ...doc, data: { ...project, budget: { ...project.budget, euCofinancing: -5 } } });
    expect(read).toMatchObject({ kind: 'invalid', id: doc._id, field: 'data.budget.euCofinancing' });
    expect(readDoc({ ...doc, data: { ...project, period: { ...project.period, start: '2024-02-30' } } })).toMatchObject({ kind: 'invalid', field: 'data.period.start' });
    expect(readDoc({ ...doc, data: { ...project, unknownField: 1 } })).toMatchObject({ kind: 'invalid' });
  });

  it('refuses a record whose id is not the document’s', () => {
    expect(readDoc({ ...doc, data: { ...project, id: 'p-other' } })).toMatchObject({ kind: 'invalid', field: 'data.id' });
  });

  it('tells deletions, newer versions, foreign documents and non-documents apart', () => {
    expect(readDoc({ _id: doc._id, _rev: '2-a', _deleted: true })).toEqual({ kind: 'deleted', type: 'project', key: 'p-doc' });
    expect(readDoc({ ...doc, schemaVersion: SYNC_SCHEMA_VERSION + 1 })).toEqual({ kind: 'newer', id: doc._id, schemaVersion: SYNC_SCHEMA_VERSION + 1 });
    expect(readDoc({ _id: '_design/auth' })).toEqual({ kind: 'foreign', id: '_design/auth' });
    expect(readDoc('text')).toMatchObject({ kind: 'invalid', field: '_id' });
    expect(readDoc({ ...doc, schemaVersion: 0 })).toMatchObject({ kind: 'invalid', field: 'schemaVersion' });
  });
});
