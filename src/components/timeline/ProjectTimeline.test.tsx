import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import { samplePortfolio } from '../../domain/sample';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ProjectTimeline, useFocusEventFromHash } from './ProjectTimeline';

const seed = (id: string) => {
  const project = samplePortfolio.projects.find((p) => p.id === id);
  if (!project) throw new Error(id);
  return project;
};

/** The rows the timeline's markers link to, as the project page's events section draws them (and moves the focus). */
function EventRows({ events }: { events: { id: string }[] }) {
  useFocusEventFromHash();
  return (
    <table>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} id={`event-${e.id}`}>
            <td>{e.id}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function show(id: string, hash = '') {
  const project = seed(id);
  return render(
    <I18nProvider language="en">
      <MemoryRouter initialEntries={[`/projects/${id}${hash}`]}>
        <ProjectTimeline project={project} />
        <EventRows events={project.events} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('ProjectTimeline', () => {
  it("lists SOLID's events in date order and draws them on the project's own scale", () => {
    show('sample-solid');
    const region = screen.getByRole('region', { name: 'Timeline' });
    const ordered = region.querySelector('ol');
    expect([...(ordered?.querySelectorAll('li') ?? [])].map((li) => li.querySelector('a')?.textContent)).toEqual([
      'March 2018',
      'October 2018',
      'March 2019',
      'June 2019',
      'October 2019',
    ]);
    const chart = within(region).getByRole('group', { name: 'SOLID: The project’s period and events' });
    // On the project's own page a marker leads to the event's row on the same page.
    expect(within(chart).getByRole('link', { name: 'SOLID — Jette, Belgium — March 2018' })).toHaveAttribute('href', '#event-sample-solid-e1');
  });

  it('draws without setting a scroll position: on a phone, doing so made the browser lay out the page in the middle of drawing it', () => {
    const scrollTo = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', { value: scrollTo, configurable: true });
    try {
      show('sample-wir');
      expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
      expect(scrollTo).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo');
    }
  });

  it('focuses the event row the address names', () => {
    show('sample-decode', '#event-sample-decode-e3');
    const row = document.getElementById('event-sample-decode-e3');
    expect(row).toHaveFocus();
    expect(row).toHaveAttribute('tabindex', '-1');
  });

  it('puts undated events in a "no date" column', () => {
    show('sample-wir');
    const chart = screen.getByRole('group', { name: /^WIR: / });
    expect(within(chart).getAllByRole('link', { name: /— date unknown$/ })).toHaveLength(5);
    expect(within(chart).getByRole('link', { name: '+4 more' })).toBeInTheDocument();
  });
});
