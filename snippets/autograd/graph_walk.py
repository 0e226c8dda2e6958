import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = a * b + a


# 从 y.grad_fn 出发，沿 next_functions 往输入方向走，缩进表示深一层
def walk(fn, depth=0):
    line = "    " * depth + type(fn).__name__
    # AccumulateGrad 连着一个叶子，顺便写出叶子的值，看出是 a 还是 b
    if hasattr(fn, "variable"):
        line += f" ({fn.variable.item()})"
    lines = [line]
    for next_fn, _ in fn.next_functions:  # (1)!
        if next_fn is not None:
            lines += walk(next_fn, depth + 1)
    return lines


print("\n".join(walk(y.grad_fn)))
#> AddBackward0
#>     MulBackward0
#>         AccumulateGrad (2.0)
#>         AccumulateGrad (3.0)
#>     AccumulateGrad (2.0)

# 上面两行 AccumulateGrad (2.0) 是同一个节点，只是从两条路径各走到一次；它记着的正是 a
via_mul = y.grad_fn.next_functions[0][0].next_functions[0][0]  # (2)!
direct = y.grad_fn.next_functions[1][0]
print(via_mul is direct, direct.variable is a)
#> True True

# a 经两条路径影响 y，两条路径的梯度相加：dy/da = b + 1，dy/db = a
y.backward()
print(a.grad, b.grad)
#> tensor(4.) tensor(2.)
