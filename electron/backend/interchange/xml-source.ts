import { mspdiToDocument } from '../exports/mspdi-import';

/**
 * The MS Project XML (MSPDI) side of the import: the XML becomes an interchange document (project, tasks,
 * dependencies, calendar, holidays) that importProjectDocument validates and writes like any JSON document.
 */
export function documentFromXml(xml: string): unknown {
  return mspdiToDocument(xml);
}
