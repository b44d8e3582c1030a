// The building blocks of the project page's sections: a titled card, a fact, a bilingual text.
import type { ReactNode } from 'react';
import type { Warning } from '../../../domain/consistency';
import type { LocalizedText } from '../../../domain/schema';
import { pickText, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';

/** Warnings whose field is `prefix` or lies under it. */
export function warningsAt(warnings: Warning[], ...prefixes: string[]): Warning[] {
  return warnings.filter((w) => prefixes.some((prefix) => w.field === prefix || w.field.startsWith(`${prefix}.`)));
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A text in the UI language, falling back to the other one (marked with its language). */
export function Bilingual({ label, text }: { label: string; text: LocalizedText }) {
  const { lang } = useI18n();
  const shown = pickText(text, lang);
  if (!shown) return null;
  const shownLang = text[lang].trim() ? lang : lang === 'lv' ? 'en' : 'lv';
  return (
    <div className="bilingual">
      <h3>{label}</h3>
      {shown.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} lang={shownLang} className="prose">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

export function TextList({ title, items }: { title: string; items: LocalizedText[] }) {
  const { lang } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p>{UNKNOWN}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={index} className="prose">
              {pickText(item, lang)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

