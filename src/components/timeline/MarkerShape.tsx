// The two event shapes, told apart by shape as well as colour: a house for an event hosted
// in the council's city, an arrow pointing out for one the council travels to.
import type { MobilityEvent } from '../../domain/schema';
import './timeline.css';

export function MarkerShape({ direction, size = 12 }: { direction: MobilityEvent['direction']; size?: number }) {
  return (
    <svg className={`tl-shape tl-shape-${direction}`} width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false" data-shape={direction === 'hosted' ? 'house' : 'arrow'}>
      {direction === 'hosted' ? <path d="M6 0.8 L11.4 5.6 L10 5.6 L10 11.2 L2 11.2 L2 5.6 L0.6 5.6 Z" /> : <path d="M1 11 L6 0.8 L11 11 L6 8.2 Z" />}
    </svg>
  );
}
