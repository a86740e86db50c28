import type { AmazonProduct } from '@/lib/profile/schema';

interface ProductsEditorProps {
  products: AmazonProduct[];
  onChange: (products: AmazonProduct[]) => void;
}

const maxProducts = 5;

/** The Amazon products or services the user uses, each with why: add, edit, remove. */
export function ProductsEditor({ products, onChange }: ProductsEditorProps) {
  const set = (i: number, change: Partial<AmazonProduct>) =>
    onChange(products.map((p, k) => (k === i ? { ...p, ...change } : p)));
  return (
    <fieldset className="products-editor">
      <legend>Amazon products or services you use</legend>
      <p className="muted">
        Name one you really use, ideally at scale, and why. This is what makes your &quot;why
        Amazon&quot; specific.
      </p>
      {products.map((p, i) => (
        <div key={i} className="product-row">
          <label>
            Product or service {i + 1}
            <input
              value={p.name}
              maxLength={120}
              onChange={(e) => set(i, { name: e.target.value })}
            />
          </label>
          <label>
            Why it matters to you
            <textarea
              value={p.why}
              maxLength={500}
              rows={2}
              onChange={(e) => set(i, { why: e.target.value })}
            />
          </label>
          <button type="button" onClick={() => onChange(products.filter((_, k) => k !== i))}>
            Remove product {i + 1}
          </button>
        </div>
      ))}
      {products.length < maxProducts && (
        <button type="button" onClick={() => onChange([...products, { name: '', why: '' }])}>
          Add a product
        </button>
      )}
    </fieldset>
  );
}
