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

type TitledListProps<T> = {
  title: string;
  items: readonly T[];
  ordered?: boolean;
  className?: string;
  itemClassName?: string;
  children: (item: T, index: number) => ReactNode;
};

/** Under a heading, the items as a list, or "—" when there are none. */
export function TitledList<T>({ title, items, ordered, className, itemClassName, children }: TitledListProps<T>) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p>{UNKNOWN}</p>
      ) : (
        <List className={className}>
          {items.map((item, index) => (
            <li key={index} className={itemClassName}>
              {children(item, index)}
            </li>
          ))}
        </List>
      )}
    </>
  );
}

export function TextList({ title, items }: { title: string; items: LocalizedText[] }) {
  const { lang } = useI18n();
  return (
    <TitledList title={title} items={items} itemClassName="prose">
      {(item) => pickText(item, lang)}
    </TitledList>
  );
}
