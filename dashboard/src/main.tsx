import { render } from 'preact';
import './styles/theme.css';
import './styles/base.css';
import './styles/roles.css';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) render(<App />, root);
