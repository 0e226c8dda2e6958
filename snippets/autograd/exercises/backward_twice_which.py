import torch


# 沿第一个输入走遍这条链，收集各节点为反向传播保存的张量（形状、整数这类值不算）
def saved_tensors(y):
    names, fn = [], y.grad_fn
    while fn.next_functions:
        for attr in dir(fn):
            if attr.startswith("_saved_") and isinstance(getattr(fn, attr), torch.Tensor):
                names.append(f"{type(fn).__name__}.{attr[7:]}")
        fn = fn.next_functions[0][0]
    return names


candidates = {
    "x.mean()": lambda x: x.mean(),
    "(x / 2).sum()": lambda x: (x / 2).sum(),
    "x.exp().sum()": lambda x: x.exp().sum(),
    "(x - 1).reshape(3, 1).sum()": lambda x: (x - 1).reshape(3, 1).sum(),
}

# 每行：表达式、保存的张量、连续两次 backward 的结果
for name, make in candidates.items():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = make(x)
    saved = saved_tensors(y)
    y.backward()
    try:
        y.backward()
        outcome = f"x.grad = {x.grad}"
    except RuntimeError:
        outcome = "RuntimeError"
    print(f"{name:28} {saved} -> {outcome}")
    #> x.mean()                     [] -> x.grad = tensor([0.6667, 0.6667, 0.6667])
    #> (x / 2).sum()                ['DivBackward0.other'] -> RuntimeError
    #> x.exp().sum()                ['ExpBackward0.result'] -> RuntimeError
    #> (x - 1).reshape(3, 1).sum()  [] -> x.grad = tensor([2., 2., 2.])
