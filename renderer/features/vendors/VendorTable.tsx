import { memo, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { PRICING_MODEL_LABELS, threeYearTco } from '../../../shared/rules/scoring/tco';
import { OFFERING_LABELS, type Vendor } from '../../../shared/schemas/vendors';
import { useRollout } from '../../state/RolloutProvider';
import { formatMoney } from './use-evaluation';
import { VendorDialog } from './VendorDialog';

/** The vendors with their cost of ownership for `headcount` users; drawn again only when one of them changes. */
export const VendorTable = memo(function VendorTable({ vendors, headcount, currency }: { vendors: VendorEvaluation['vendors']; headcount: number; currency: string }) {
  const mutate = useRollout((s) => s.mutate);
  const [editing, setEditing] = useState<Vendor | 'new' | null>(null);

  return (
    <section className="card" aria-labelledby="vendors-list">
      <div className="section-head">
        <h2 id="vendors-list">Vendors and products</h2>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>Add vendor…</button>
      </div>
      {vendors.length === 0 ? (
        <div className="empty-state">
          <p>No vendors yet. Add each option you are weighing: one large general model, several smaller focused models, or an in-house model.</p>
          <p>Record what each vendor disclosed about vulnerabilities and regulation; the matrix below scores them side by side.</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Vendors under evaluation</caption>
            <thead>
              <tr>
                <th scope="col">Vendor</th>
                <th scope="col">Offering</th>
                <th scope="col">Pricing</th>
                <th scope="col" className="num">Three-year cost ({headcount.toLocaleString()} users)</th>
                <th scope="col">Disclosed issues</th>
                <th scope="col" className="actions">Actions</th>
              </tr>
            </thead>
            <tbody>
              {vendors.map((vendor, index) => (
                <tr key={vendor.id}>
                  <th scope="row">
                    <strong>{vendor.name}</strong>
                    {vendor.certifications ? <div className="muted small">{vendor.certifications}</div> : null}
                    {vendor.documents.length > 0 ? (
                      <ul className="doc-links">
                        {vendor.documents.map((d) => (
                          // The API takes only http(s) addresses; a file changed by other means may hold others: shown, not linked.
                          <li key={d.url}>{/^https?:\/\//i.test(d.url) ? <a href={d.url} target="_blank" rel="noopener noreferrer">{d.title}</a> : <>{d.title} ({d.url})</>}</li>
                        ))}
                      </ul>
                    ) : null}
                  </th>
                  <td>{OFFERING_LABELS[vendor.offeringType]}</td>
                  <td>{PRICING_MODEL_LABELS[vendor.pricingModel]}</td>
                  <td className="num">{formatMoney(threeYearTco(vendor, headcount).total, currency)}</td>
                  <td className="small">{vendor.vulnerabilities || <span className="muted">Nothing recorded</span>}</td>
                  <td className="actions">
                    <div className="row-actions">
                      <button type="button" className="button button--small" onClick={() => setEditing(vendor)} aria-label={`Edit ${vendor.name}`}>Edit</button>
                      <button type="button" className="button button--small" disabled={index === 0} aria-label={`Move ${vendor.name} up`}
                        onClick={() => void mutate((api) => api.invoke('vendors.moveVendor', { id: vendor.id, direction: 'up' }))}>↑</button>
                      <button type="button" className="button button--small" disabled={index === vendors.length - 1} aria-label={`Move ${vendor.name} down`}
                        onClick={() => void mutate((api) => api.invoke('vendors.moveVendor', { id: vendor.id, direction: 'down' }))}>↓</button>
                      <button type="button" className="button button--small button--danger" aria-label={`Delete ${vendor.name}`}
                        onClick={() => void mutate((api) => api.invoke('vendors.deleteVendor', { id: vendor.id }))}>Delete</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? <VendorDialog vendor={editing === 'new' ? null : editing} currency={currency} onClose={() => setEditing(null)} /> : null}
    </section>
  );
});
