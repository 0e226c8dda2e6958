import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
f = x * torch.exp(x)

# 先求一阶导数，再对它求一次，想得到二阶导数
(df,) = torch.autograd.grad(f, x)
(d2f,) = torch.autograd.grad(df, x)
#> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
