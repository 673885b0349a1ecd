import crypto from 'node:crypto';
import type { Evaluator, Vendor } from '../../../shared/schemas/vendors';
import { entityToColumns, rowToEntity } from '../store/tables';
import type { HandlerMap } from '../api/handler-types';
import { deleteEvaluatorCascade, deleteVendorCascade } from './cascade';
import { moveInList, nextSortOrder } from './order';

type VendorMethods =
  | 'vendors.createVendor' | 'vendors.updateVendor' | 'vendors.deleteVendor' | 'vendors.moveVendor'
  | 'vendors.createEvaluator' | 'vendors.updateEvaluator' | 'vendors.deleteEvaluator';

export const vendorHandlers: HandlerMap<VendorMethods> = {
  'vendors.createVendor': ({ fields }, ctx) => {
    const session = ctx.session();
    const id = crypto.randomUUID();
    return session.edit(`Add vendor "${fields.name}"`, (edit) =>
      rowToEntity<Vendor>('vendor', edit.insert('vendor', { id, ...entityToColumns('vendor', fields), sort_order: nextSortOrder(session.db, 'vendor') })),
    );
  },

  'vendors.updateVendor': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const vendor = session.get<Vendor>('vendor', id);
    const label = patch.name && patch.name !== vendor.name ? `Rename vendor "${vendor.name}" to "${patch.name}"` : `Edit vendor "${vendor.name}"`;
    return session.edit(label, (edit) => rowToEntity<Vendor>('vendor', edit.update('vendor', id, entityToColumns('vendor', patch))));
  },

  'vendors.deleteVendor': ({ id }, ctx) => {
    const session = ctx.session();
    const vendor = session.get<Vendor>('vendor', id);
    return session.edit(`Delete vendor "${vendor.name}"`, (edit) => {
      deleteVendorCascade(session.db, edit, id);
      return null;
    });
  },

  'vendors.moveVendor': ({ id, direction }, ctx) => {
    const session = ctx.session();
    const vendor = session.get<Vendor>('vendor', id);
    return session.edit(`Move vendor "${vendor.name}" ${direction}`, (edit) => {
      moveInList(session.db, edit, 'vendor', id, direction);
      return null;
    });
  },

  'vendors.createEvaluator': ({ fields }, ctx) => {
    const session = ctx.session();
    const id = crypto.randomUUID();
    return session.edit(`Add evaluator "${fields.name}"`, (edit) =>
      rowToEntity<Evaluator>('evaluator', edit.insert('evaluator', { id, ...entityToColumns('evaluator', fields), sort_order: nextSortOrder(session.db, 'evaluator') })),
    );
  },

  'vendors.updateEvaluator': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const evaluator = session.get<Evaluator>('evaluator', id);
    return session.edit(`Edit evaluator "${evaluator.name}"`, (edit) =>
      rowToEntity<Evaluator>('evaluator', edit.update('evaluator', id, entityToColumns('evaluator', patch))),
    );
  },

  'vendors.deleteEvaluator': ({ id }, ctx) => {
    const session = ctx.session();
    const evaluator = session.get<Evaluator>('evaluator', id);
    return session.edit(`Remove evaluator "${evaluator.name}" and their scores`, (edit) => {
      deleteEvaluatorCascade(session.db, edit, id);
      return null;
    });
  },
};
