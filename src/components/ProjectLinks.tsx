// The projects a record is named in (an organisation, a programme), as a line of links.
import { Link } from 'react-router-dom';
import type { ProjectOverview } from '../domain/overview';
import { pickText } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

export function ProjectLinks({ projects }: { projects: readonly ProjectOverview[] }) {
  const { lang } = useI18n();
  return (
    <ul className="inline-list">
      {projects.map((project) => (
        <li key={project.id}>
          <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.acronym || pickText(project.title, lang)}</Link>
        </li>
      ))}
    </ul>
  );
}
