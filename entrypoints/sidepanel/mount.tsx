import { render } from 'preact';
import type { PanelTab } from '../../components/ui/Tabs';
import { App } from './App';

/** The panel's app, loaded after its first answer (./main.tsx): renders it in `container`. */
export function mountApp(container: HTMLElement, props: { initialQuery: string; initialTab: PanelTab }): void {
  render(<App {...props} />, container);
}
