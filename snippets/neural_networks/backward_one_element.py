import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 只要张量里恰好一个元素，不管它是几维的，backward() 都能直接调用
for shape in [(), (1,), (1, 1)]:
    x.grad = None
    out = (x**2).sum().reshape(shape)
    out.backward()
    print(out.shape, x.grad)
    #> torch.Size([]) tensor([2., 4., 6.])
    #> torch.Size([1]) tensor([2., 4., 6.])
    #> torch.Size([1, 1]) tensor([2., 4., 6.])
