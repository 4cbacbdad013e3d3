import { render } from 'preact';
import { prefetchActivePack } from '../../components/knowledge/useActivePack';
import '../../components/ui/theme.css';
import { queryFromSearch } from '../../utils/lookup';
import { App } from './App';

prefetchActivePack();
const params = new URLSearchParams(location.search);
render(
  <App
    initialQuery={queryFromSearch(location.search)}
    initialTab={params.get('tab') === 'replies' ? 'replies' : params.get('tab') === 'log' ? 'log' : 'search'}
  />,
  document.getElementById('app') as HTMLElement,
);
