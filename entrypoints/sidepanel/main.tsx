import { render } from 'preact';
import '../../components/ui/theme.css';
import { App } from './App';

render(<App initialQuery={new URLSearchParams(location.search).get('q')?.trim() ?? ''} />, document.getElementById('app') as HTMLElement);
