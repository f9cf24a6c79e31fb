import type { ChecksModel } from '../../src/pages/checks';
import { CHECKS_SHOWN } from '../../src/pages/checks';
import { nameOf } from '../../src/i18n/names';
import { urls } from '../../src/urls';
import { CheckBadge, CheckFigures, checkMessage } from '../checks';
import { Table } from '../components';
import type { Ui } from '../ui';

/** "Exports: Kazakhstan – Japan, Jan–Sep 2025": what a check is about. */
function subjectText(ui: Ui, model: ChecksModel, c: ChecksModel['groups'][number]['checks'][number]): string {
  const name = (code: string) => nameOf(ui, model.partners, code);
  const subject = c.subject === 'export' ? ui.t.flow.exportTo(name(c.partner)) : c.subject === 'import' ? ui.t.flow.importFrom(name(c.partner)) : `${nameOf(ui, model.indicators, c.subject)}: ${name(c.reporter)} – ${name(c.partner)}`;
  return `${subject}, ${ui.f.period({ start: c.periodStart, end: c.periodEnd })}`;
}

/** Every stored cross-check, grouped by kind, with its status, the figures it compares (linked to their sources) and its result in words. */
export function ChecksPage({ ui, model }: { ui: Ui; model: ChecksModel }) {
  const { t } = ui;
  const all = model.groups.flatMap((g) => g.checks);
  const count = (status: string) => all.filter((c) => c.status === status).length;
  return (
    <>
      <h1>{t.checks.heading}</h1>
      <p class="lead">{t.checks.lead}</p>
      <p class="downloads">
        {t.checks.download}: <a href={urls.checksDownload('csv')}>{t.common.downloadCsv}</a> · <a href={urls.checksDownload('json')}>{t.common.downloadJson}</a>
      </p>
      {model.total === 0 ? (
        <p class="muted">{t.checks.none}</p>
      ) : (
        <>
          <p>{t.checks.summary(count('consistent'), count('inconsistent'), count('cannot_check'))}</p>
          {all.length < model.total ? <p class="note">{t.checks.firstShown(CHECKS_SHOWN)}</p> : null}
          {model.groups.map((g) => (
            <section aria-labelledby={`kind-${g.kind}`}>
              <h2 id={`kind-${g.kind}`}>{t.checks.kinds[g.kind]}</h2>
              {g.checks.length === 0 ? (
                <p class="muted">{t.checks.noneOfKind}</p>
              ) : (
                <Table
                  label={t.checks.kinds[g.kind]}
                  class="checks"
                  stack
                  rows={g.checks}
                  head={{
                    head: t.checks.what,
                    cell: (c) => <span id={`check-${c.id}`}>{subjectText(ui, model, c)}</span>,
                  }}
                  columns={[
                    { head: t.checks.figures, cell: (c) => <CheckFigures ui={ui} check={c} figures={model.figures} /> },
                    {
                      head: t.checks.result,
                      cell: (c) => (
                        <div class={`check check-${c.status}`} data-check={c.id} data-status={c.status}>
                          <CheckBadge ui={ui} check={c} /> {checkMessage(ui, c, model.figures, model.indicators)}
                        </div>
                      ),
                    },
                  ]}
                />
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
