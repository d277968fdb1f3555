# Turns every ```csharp block of a README into a C# file that compiles as the block is written.
#   - A block whose first line is "// Program" is a whole program: it goes to <out>/programs/<n>/Program.cs and is
#     built and run on its own.
#   - A block whose first line is "// Given: <parameters>" is the body of an async method taking those parameters;
#     its leading "using X;" lines are the file's usings.
#   - Any other block is a whole C# file (usings, types).
# #line directives point compiler errors at the README line.
# Variables: readme (path shown in errors), out (output folder), prefix (file name prefix).
BEGIN { inblock = 0; n = 0 }
/^```csharp[[:space:]]*$/ && !inblock { inblock = 1; n++; start = NR + 1; count = 0; next }
/^```[[:space:]]*$/ && inblock { inblock = 0; emit(); next }
inblock { lines[++count] = $0 }
function emit(   i, first, file, body, params, dir) {
    first = lines[1]
    if (first ~ /^\/\/ Program/) {
        dir = out "/programs/" prefix n
        system("mkdir -p '" dir "'")
        file = dir "/Program.cs"
        printf "#line %d \"%s\"\n", start, readme > file
        for (i = 1; i <= count; i++) print lines[i] > file
        close(file)
        return
    }
    file = out "/" prefix n ".cs"
    if (first ~ /^\/\/ Given:/) {
        params = first; sub(/^\/\/ Given:[[:space:]]*/, "", params)
        i = 2
        while (i <= count && (lines[i] ~ /^using [A-Za-z0-9_.]+( = [A-Za-z0-9_.<>]+)?;[[:space:]]*$/ || lines[i] ~ /^[[:space:]]*$/)) {
            printf "#line %d \"%s\"\n%s\n", start + i - 1, readme, lines[i] > file
            i++
        }
        printf "#pragma warning disable CS1998, CS0168, CS0219, CS8321\nnamespace Snippets.%s%d;\ninternal static class Snippet\n{\n#line %d \"%s\"\n    internal static async Task RunAsync(%s)\n    {\n", prefix, n, start, readme, params > file
        printf "#line %d \"%s\"\n", start + i - 1, readme > file
        for (; i <= count; i++) print lines[i] > file
        printf "#line default\n    }\n}\n" > file
    } else {
        printf "#line %d \"%s\"\n", start, readme > file
        for (i = 1; i <= count; i++) print lines[i] > file
    }
    close(file)
}
