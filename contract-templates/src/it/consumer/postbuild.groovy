// The application must get the versions samspill is tested with: a dependency's own
// dependencyManagement does not reach its consumers, only what it declares does.
import java.util.jar.JarFile

def versions(File list) {
    def found = new TreeMap<String, String>()
    list.eachLine { line ->
        def coordinates = line.trim().split(/\s+/)[0].split(':')
        if (coordinates.length == 4) {
            found[coordinates[0] + ':' + coordinates[1]] = coordinates[3]
        } else if (coordinates.length == 5) {
            found[coordinates[0] + ':' + coordinates[1] + ':' + coordinates[3]] = coordinates[4]
        }
    }
    return found
}

def tested = versions(new File(testedDependencies))
def resolved = versions(new File(basedir, 'resolved.txt'))
assert tested.size() > 10 : "no tested dependencies read from ${testedDependencies}"
assert resolved.remove('no.samspill:contract-templates') == samspillVersion

def differences = (tested.keySet() + resolved.keySet()).findAll { tested[it] != resolved[it] }.collect {
    "  ${it}: tested with ${tested[it] ?: 'nothing'}, an application gets ${resolved[it] ?: 'nothing'}"
}
assert differences.isEmpty() : "an application that depends on contract-templates gets other versions:\n" + differences.join('\n')

for (module in ['contract-core', 'contract-templates']) {
    def jar = new File(localRepositoryPath, "no/samspill/${module}/${samspillVersion}/${module}-${samspillVersion}.jar")
    def manifest = new JarFile(jar).withCloseable { it.manifest.mainAttributes }
    assert manifest.getValue('Implementation-Version') == samspillVersion : "${jar.name}: Implementation-Version"
    assert manifest.getValue('Implementation-Title') == "samspill ${module}" : "${jar.name}: Implementation-Title"
    assert manifest.getValue('Specification-Version') : "${jar.name}: Specification-Version"
}
return true
