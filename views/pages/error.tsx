import { href, type Ui } from '../ui';

export function ErrorPage({ ui, status, message }: { ui: Ui; status: number; message: string }) {
  return (
    <section class="error-page">
      <h1>
        {status} · {ui.t.errors.title(status)}
      </h1>
      <p class="error-message">{message}</p>
      <p>
        <a href={href(ui, '/')}>{ui.t.errors.back}</a>
      </p>
    </section>
  );
}
