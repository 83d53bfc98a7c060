import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/theme/tokens.css';
import './ui/theme/base.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { applyThemePreference, readThemePreference } from './ui/theme/theme-preference';

// Before the first paint, so a chosen theme never flashes the other one.
applyThemePreference(document.documentElement, readThemePreference(localStorage));
mount(App, { target: document.getElementById('app')! });
