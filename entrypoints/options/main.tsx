import { render } from 'preact';
import '../../components/ui/theme.css';
import '../../utils/i18n/english';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
