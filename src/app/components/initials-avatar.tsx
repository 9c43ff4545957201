/** Initials of a person or organisation, decorative: the name is always written next to it. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  const chosen = words.length > 0 ? words : name.split(/\s+/);
  const first = chosen[0]?.[0] ?? '';
  const last = chosen.length > 1 ? (chosen.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function InitialsAvatar({ name }: { name: string }) {
  return (
    <span className="avatar" aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
