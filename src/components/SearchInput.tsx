// A search box whose text lives in the URL. While the person types, the box shows what they
// typed, not the URL: the URL catches up a moment later, and a box that showed the URL dropped
// keystrokes typed in between (150 characters typed fast arrived as 76). When the box is not in
// use, it follows the URL (back button, "clear filters", a link).
import { useState } from 'react';
import { MAX_SEARCH_LENGTH } from '../domain/projectQuery';

type Props = {
  id: string;
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
  describedBy?: string;
};

export function SearchInput({ id, value, onChange, placeholder, describedBy }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="search"
      placeholder={placeholder}
      value={draft ?? value}
      maxLength={MAX_SEARCH_LENGTH}
      onFocus={() => setDraft(value)}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
      aria-describedby={describedBy}
    />
  );
}
