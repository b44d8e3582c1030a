// The project page's content (objectives, activities, results) and its notes.
import type { Warning } from '../../../domain/consistency';
import type { Project } from '../../../domain/schema';
import { WarningList } from '../../../components/Warnings';
import { formatNumber, pickText, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { CardSection } from '../../../components/CardSection';
import { Bilingual, TextList, TitledList, warningsAt } from './parts';

export function ContentSection({ project, warnings }: { project: Project; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  return (
    <CardSection id="content" title={t('project.section.content')}>
      <TextList title={t('project.objectives')} items={project.objectives} />
      <TextList title={t('project.activities')} items={project.activities} />
      <TitledList title={t('project.results')} items={project.results} className="results">
        {(result, index) => (
          <>
            {pickText(result.text, lang)}
            {result.indicator && (
              <span className="indicator">
                {' '}
                ({t('project.indicator', { target: formatNumber(result.indicator.target, lang), achieved: formatNumber(result.indicator.achieved, lang) })})
              </span>
            )}
            <WarningList warnings={warningsAt(warnings, `results.${index}`)} />
          </>
        )}
      </TitledList>
    </CardSection>
  );
}

export function NotesSection({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  return (
    <CardSection id="notes" title={t('project.section.notes')}>
      {pickText(project.notes, lang) ? <Bilingual label={t('common.notes')} text={project.notes} /> : <p>{UNKNOWN}</p>}
    </CardSection>
  );
}
