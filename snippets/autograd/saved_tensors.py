import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)


# 这几张图都是一条链：从 y.grad_fn 出发沿第一个输入往下走，列出每个节点为反向传播保存的值
def saved(y):
    fn, lines = y.grad_fn, []
    while fn.next_functions:
        values = {name[7:]: getattr(fn, name) for name in dir(fn) if name.startswith("_saved_")}  # (1)!
        lines.append(f"{type(fn).__name__} {values}")
        fn = fn.next_functions[0][0]
    return "\n".join(lines)


# 求和只保存形状
print(saved(x.sum()))
#> SumBackward0 {'self_sym_sizes': (3,)}
# 加常数：只保存 add 的参数 alpha（一个 Python 整数），没有张量
print(saved((x + 1).sum()))
#> SumBackward0 {'self_sym_sizes': (3,)}
#> AddBackward0 {'alpha': 1}
# 乘以 Python 数 2：它被包成零维张量保存下来
print(saved((2 * x).sum()))
#> SumBackward0 {'self_sym_sizes': (3,)}
#> MulBackward0 {'other': tensor(2), 'self': None}
# x * x：两个因子都保存了
print(saved((x * x).sum()))
#> SumBackward0 {'self_sym_sizes': (3,)}
#> MulBackward0 {'other': tensor([1., 2., 3.], requires_grad=True), 'self': tensor([1., 2., 3.], requires_grad=True)}
