// A type-ahead for choosing a directory record (organisation, programme), with "create new" as
// the last choice. Follows the WAI-ARIA combobox pattern: the input keeps the focus, arrow keys
// move through the options, Enter chooses, Escape closes.
import { useMemo, useState } from 'react';
import { normalizeForSearch } from '../../domain/projectQuery';

export type ComboOption = { id: string; label: string; detail?: string; search: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: readonly ComboOption[];
  onChange: (id: string) => void;
  /** Offered as the last option when text is typed: "Create “…”". */
  createLabel: (text: string) => string;
  onCreate: (text: string) => void;
  placeholder?: string;
  errorId?: string;
  hintId?: string;
  invalid?: boolean;
};

const LIMIT = 12;

export function Combobox({ id, label, value, options, onChange, createLabel, onCreate, placeholder, errorId, hintId, invalid }: Props) {
  // null while the input shows the chosen record; text while the person is typing.
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const selected = options.find((o) => o.id === value);
  const shown = text ?? (selected ? selected.label : '');

  const matches = useMemo(() => {
    const words = normalizeForSearch(text ?? '').split(/\s+/).filter(Boolean);
    return options.filter((o) => words.every((w) => normalizeForSearch(o.search).includes(w))).slice(0, LIMIT);
  }, [options, text]);
  const canCreate = (text ?? '').trim() !== '';
  const count = matches.length + (canCreate ? 1 : 0);

  const choose = (index: number) => {
    const option = matches[index];
    setOpen(false);
    setActive(-1);
    if (option) {
      onChange(option.id);
      setText(null);
    } else if (canCreate && index === matches.length) {
      onCreate((text ?? '').trim());
      setText(null);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        type="text"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        placeholder={placeholder}
        value={shown}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          setOpen(false);
          if (text !== null && text.trim() === '') onChange('');
          setText(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            if (!open) {
              setOpen(true);
              setActive(0);
            } else setActive((a) => Math.min(a + 1, count - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === 'Enter') {
            // Never submit the form from here.
            event.preventDefault();
            if (open && active >= 0) choose(active);
          } else if (event.key === 'Escape') {
            if (open) event.preventDefault();
            setOpen(false);
            setText(null);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open || count === 0}>
        {matches.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <span>{option.label}</span>
            {option.detail && <span className="hint"> · {option.detail}</span>}
          </li>
        ))}
        {canCreate && (
          <li
            id={`${id}-opt-${matches.length}`}
            role="option"
            aria-selected={active === matches.length}
            className={`create ${active === matches.length ? 'active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(matches.length)}
          >
            + {createLabel((text ?? '').trim())}
          </li>
        )}
      </ul>
    </div>
  );
}
